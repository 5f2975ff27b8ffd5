#pragma once

// QScintilla's headers say `slots` and `signals`, which QT_NO_KEYWORDS switches off for our
// code. Include QScintilla only through this header.
#include <QtGlobal>

#define slots Q_SLOTS
#define signals Q_SIGNALS
#include <Qsci/qscilexercustom.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>
#undef slots
#undef signals
