-- Create "nothing" table
CREATE TABLE `nothing` ();
