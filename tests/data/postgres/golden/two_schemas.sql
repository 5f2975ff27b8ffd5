-- Create enum type "tier"
CREATE TYPE "crm"."tier" AS ENUM ('gold', 'silver');
-- Create "customers" table
CREATE TABLE "crm"."customers" (
  "id" serial NOT NULL,
  "level" "tier" NOT NULL DEFAULT 'silver',
  PRIMARY KEY ("id")
);
-- Create "notes" table
CREATE TABLE "crm"."notes" (
  "id" serial NOT NULL,
  "body" text NOT NULL,
  PRIMARY KEY ("id")
);
-- Create "notes" table
CREATE TABLE "sales"."notes" (
  "id" serial NOT NULL,
  "customer_id" integer NOT NULL,
  PRIMARY KEY ("id"),
  CONSTRAINT "notes_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "crm"."customers" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION
);
