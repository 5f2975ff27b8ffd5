-- Create "Users" table
CREATE TABLE "Users" (
  "id" serial NOT NULL,
  "name" character varying(255) NOT NULL,
  "email" character varying(255) NOT NULL,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  PRIMARY KEY ("id")
);
-- Create "Tasks" table
CREATE TABLE "Tasks" (
  "id" serial NOT NULL,
  "complete" boolean NULL DEFAULT false,
  "userID" integer NOT NULL,
  "createdAt" timestamptz NOT NULL,
  "updatedAt" timestamptz NOT NULL,
  PRIMARY KEY ("id"),
  CONSTRAINT "Tasks_userID_fkey" FOREIGN KEY ("userID") REFERENCES "Users" ("id") ON UPDATE CASCADE ON DELETE CASCADE
);
