-- Names qualified with the schema the script is meant for, as Sequelize writes enum types
-- ("public"."enum_..."): they must land where the unqualified names go.
COMMENT ON SCHEMA "public" IS 'Qualified names';
CREATE TYPE "public"."enum_users_status" AS ENUM ('active', 'blocked');
CREATE TABLE IF NOT EXISTS "users" ("id" SERIAL, "status" "public"."enum_users_status" NOT NULL DEFAULT 'active', PRIMARY KEY ("id"));
CREATE TYPE "enum_posts_state" AS ENUM ('draft', 'published');
CREATE TABLE IF NOT EXISTS "public"."posts" ("id" SERIAL, "state" "public"."enum_posts_state", "userId" INTEGER REFERENCES "public"."users" ("id") ON DELETE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX "posts_user_id" ON "public"."posts" ("userId");
