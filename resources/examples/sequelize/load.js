#!/usr/bin/env node
// load.js - prints the SQL DDL of this project's Sequelize models for one dialect.
//
//   node load.js [--models <dir>] <mysql|mariadb|postgres|sqlite>
//
// Strata (and the Atlas CLI) run it from atlas.hcl as a `data "external_schema"` program and
// take its stdout as the desired schema. It does what @ariga/atlas-provider-sequelize does in
// script mode, with Sequelize alone: no database driver and no network are needed, because
// Sequelize's query generator builds the DDL without connecting.
//
// Without --models it loads ./models/user.js then ./models/task.js, in that order, as the
// Atlas guide's load.js does (the order matters: it decides which association sets the
// foreign key's ON DELETE). With --models <dir> it loads every *.js in <dir> except index.js,
// sorted by file name.
//
// Exit status: 0 with DDL on stdout; 1 when a model cannot be loaded or the DDL cannot be
// built; 2 on a usage error. Messages go to stderr, never to stdout.
'use strict';

const fs = require('fs');
const path = require('path');

const DIALECTS = ['mysql', 'mariadb', 'postgres', 'sqlite'];
// Script mode: the guide's explicit require list, in its order.
const DEFAULT_MODELS = ['user', 'task'];

const USAGE =
  'usage: node load.js [--models <dir>] <dialect>\n' +
  '  dialect: ' + DIALECTS.join(' | ') + '\n' +
  '  --models <dir>  load every *.js in <dir> (except index.js) instead of models/user.js and models/task.js\n';

class UsageError extends Error {}

function parseArguments(argv) {
  const options = {dialect: null, modelsDir: null};
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (arg === '--models') {
      if (i + 1 >= argv.length) {
        throw new UsageError('--models needs a directory');
      }
      options.modelsDir = argv[++i];
    } else if (arg.startsWith('--models=')) {
      options.modelsDir = arg.slice('--models='.length);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"`);
    } else if (options.dialect === null) {
      options.dialect = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (options.dialect === null) {
    throw new UsageError('missing dialect');
  }
  if (!DIALECTS.includes(options.dialect)) {
    throw new UsageError(`invalid dialect "${options.dialect}" (expected one of: ${DIALECTS.join(', ')})`);
  }
  return options;
}

// The model files to require, in load order.
function modelFiles(modelsDir) {
  if (modelsDir === null) {
    return DEFAULT_MODELS.map((name) => path.join(__dirname, 'models', name + '.js'));
  }
  const dir = path.resolve(modelsDir);
  let stat;
  try {
    stat = fs.statSync(dir);
  } catch (e) {
    throw new Error(`models directory "${dir}" does not exist`);
  }
  if (!stat.isDirectory()) {
    throw new Error(`"${dir}" is not a directory`);
  }
  const files = fs.readdirSync(dir)
      .filter((name) => name.endsWith('.js') && name !== 'index.js')
      .sort()
      .map((name) => path.join(dir, name));
  if (files.length === 0) {
    throw new Error(`no model files (*.js) in "${dir}"`);
  }
  return files;
}

function requireSequelize() {
  try {
    return require('sequelize');
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND') {
      throw new Error(`the sequelize package is not installed: run "npm ci" in ${__dirname}`);
    }
    throw e;
  }
}

// Requires each factory, defines its model and wires the associations; returns the Sequelize
// instance that holds them.
function loadModels(dialect, files) {
  const {Sequelize, DataTypes} = requireSequelize();
  // dialectModule: {} stands in for the driver (mysql2, pg, sqlite3...), which DDL
  // generation never touches.
  const sequelize = new Sequelize({dialect, dialectModule: {}, logging: false});
  const db = {};
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const where = relative && !relative.startsWith('..') ? relative : file;
    let factory;
    try {
      factory = require(file);
    } catch (e) {
      throw new Error(`${where}: cannot load: ${e && e.message ? e.message : e}`);
    }
    if (factory && typeof factory.default === 'function') {
      factory = factory.default;
    }
    if (typeof factory !== 'function') {
      throw new Error(`${where}: does not export a model factory (sequelize, DataTypes) => Model`);
    }
    let model;
    try {
      model = factory(sequelize, DataTypes);
    } catch (e) {
      throw new Error(`${where}: model factory failed: ${e && e.message ? e.message : e}`);
    }
    if (!model || !model.name) {
      throw new Error(`${where}: model factory did not return a model`);
    }
    db[model.name] = model;
  }
  for (const name of Object.keys(db)) {
    if (typeof db[name].associate === 'function') {
      try {
        db[name].associate(db);
      } catch (e) {
        throw new Error(`${name}.associate() failed: ${e && e.message ? e.message : e}`);
      }
    }
  }
  return sequelize;
}

// The DDL: per model (referenced tables first) its PostgreSQL enum types, CREATE TABLE and
// indexes, one statement per line, then an empty line, like the Atlas provider prints it.
function buildDDL(sequelize, dialect) {
  const sorted = sequelize.modelManager.getModelsTopoSortedByForeignKey();
  if (!sorted) {
    throw new Error('the models\' foreign keys form a cycle that Sequelize cannot order');
  }
  const generator = sequelize.getQueryInterface().queryGenerator;
  let sql = '';
  // getModelsTopoSortedByForeignKey() lists dependants first.
  for (const model of sorted.slice().reverse()) {
    const attributes = generator.attributesToSQL(model.getAttributes(), {...model.options});
    if (dialect === 'postgres') {
      for (const [column, definition] of Object.entries(attributes)) {
        if (!definition.startsWith('ENUM')) {
          continue;
        }
        const values = definition.substring(definition.indexOf('('), definition.lastIndexOf(')') + 1);
        sql += `CREATE TYPE "enum_${model.tableName}_${column}" AS ENUM${values};\n`;
      }
    }
    sql += generator.createTableQuery(model.tableName, attributes, {...model.options}) + '\n';
    for (const index of model.options.indexes || []) {
      sql += generator.addIndexQuery(model.tableName, index, {...model.options}) + ';\n';
    }
  }
  return sql;
}

function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`load.js: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  try {
    const sequelize = loadModels(options.dialect, modelFiles(options.modelsDir));
    const sql = buildDDL(sequelize, options.dialect);
    if (sql.trim() === '') {
      throw new Error('the models produced no DDL');
    }
    process.stdout.write(sql + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(`load.js: error: ${e && e.message ? e.message : e}\n`);
    return 1;
  }
}

process.exitCode = main();
