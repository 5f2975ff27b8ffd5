-- atlas:delimiter \nGO

go
SELECT 1
-- comment here
GO
SELECT 2 -- another comment
GO
SELECT 3 GO
gO
SELECT 4
GOTO -- this command is truncated by delimiter
SELECT 5
GO 11
SELECT 6
GO