-- A realm: two schemas, a table name used in both, and a foreign key across schemas.
CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Orders and invoices';
CREATE SCHEMA crm;
CREATE TYPE crm.tier AS ENUM ('gold', 'silver');
CREATE TABLE crm.customers (id serial PRIMARY KEY, level crm.tier NOT NULL DEFAULT 'silver');
CREATE TABLE crm.notes (id serial PRIMARY KEY, body text NOT NULL);
CREATE TABLE sales.notes (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES crm.customers (id));
