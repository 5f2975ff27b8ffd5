#pragma once

#include "hcltokenizer.h"

#include "qsciincludes.h"

namespace strata {

struct EditorTheme;

/// Highlights and folds HCL (Atlas schema and project files): comments, strings with escapes
/// and ${} interpolation, numbers, block keywords, booleans/null, identifiers and operators.
/// Styles are the HclStyle values.
class HclLexer : public QsciLexerCustom
{
    Q_OBJECT

public:
    explicit HclLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

    /// Colours every style from `theme` and uses `font` for all of them.
    void applyTheme(const EditorTheme &theme, const QFont &font);

private:
    HclLineState stateBefore(int line) const;
};

} // namespace strata
