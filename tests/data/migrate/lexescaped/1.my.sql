create table t (c text default '\\');
create table t (c text default "\\");
create table t (c text default "\"");
create table t (c text default "\"" + '\'');
