#include "editor/codeeditor.h"
#include "editor/hcltokenizer.h"
#include "editor/qsciincludes.h"
#include "pages/hclblockfinder.h"
#include "widgettestenv.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace strata;

namespace {

const QString kSample = QStringLiteral("# a comment\n"
                                       "table \"Users\" {\n"
                                       "  schema = schema.main\n"
                                       "  column \"id\" {\n"
                                       "    null    = false\n"
                                       "    default = 42\n"
                                       "  }\n"
                                       "  comment = \"say \\\"hi\\\" to ${var.name}\"\n"
                                       "}\n"
                                       "/* two\n"
                                       "   lines */ // tail\n");

int styleAt(CodeEditor &editor, const QString &needle, int offset = 0)
{
    const int position = int(kSample.toUtf8().indexOf(needle.toUtf8())) + offset;
    return int(editor.textEdit()->SendScintilla(QsciScintilla::SCI_GETSTYLEAT,
                                                static_cast<unsigned long>(position)));
}

int foldLevel(CodeEditor &editor, int line)
{
    return int(editor.textEdit()->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL,
                                                static_cast<unsigned long>(line)));
}

QString selection(CodeEditor &editor)
{
    int line = 0, index = 0, endLine = 0, endIndex = 0;
    editor.textEdit()->getSelection(&line, &index, &endLine, &endIndex);
    return QStringLiteral("%1:%2").arg(line).arg(index);
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void hclLexerStylesSample_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("style");
        QTest::newRow("hash comment")
            << QStringLiteral("# a comment") << 4 << int(HclStyle::Comment);
        QTest::newRow("block keyword") << QStringLiteral("table") << 0 << int(HclStyle::Keyword);
        QTest::newRow("label string") << QStringLiteral("\"Users\"") << 2 << int(HclStyle::String);
        QTest::newRow("brace") << QStringLiteral("{") << 0 << int(HclStyle::Operator);
        QTest::newRow("attribute name")
            << QStringLiteral("schema =") << 0 << int(HclStyle::Identifier);
        QTest::newRow("traversal keyword")
            << QStringLiteral("= schema.main") << 2 << int(HclStyle::Keyword);
        QTest::newRow("traversal name") << QStringLiteral("main") << 0 << int(HclStyle::Identifier);
        QTest::newRow("boolean") << QStringLiteral("false") << 0 << int(HclStyle::Constant);
        QTest::newRow("number") << QStringLiteral("42") << 1 << int(HclStyle::Number);
        QTest::newRow("escape") << QStringLiteral("\\\"hi") << 1 << int(HclStyle::Escape);
        QTest::newRow("interpolation")
            << QStringLiteral("${var") << 3 << int(HclStyle::Interpolation);
        QTest::newRow("string after interpolation")
            << QStringLiteral("}\"\n}") << 1 << int(HclStyle::String);
        QTest::newRow("block comment, second line")
            << QStringLiteral("   lines") << 4 << int(HclStyle::Comment);
        QTest::newRow("line comment after block")
            << QStringLiteral("// tail") << 4 << int(HclStyle::Comment);
        QTest::newRow("space after block comment")
            << QStringLiteral("*/ //") << 2 << int(HclStyle::Default);
    }

    void hclLexerStylesSample()
    {
        QFETCH(QString, needle);
        QFETCH(int, offset);
        QFETCH(int, style);
        CodeEditor editor;
        editor.setLanguage(CodeEditor::Language::Hcl);
        editor.setText(kSample);
        editor.textEdit()->SendScintilla(QsciScintilla::SCI_COLOURISE, 0UL, long(-1));
        QVERIFY(kSample.contains(needle));
        QCOMPARE(styleAt(editor, needle, offset), style);
    }

    void hclLexerFoldsBlocks()
    {
        CodeEditor editor;
        editor.setLanguage(CodeEditor::Language::Hcl);
        editor.setText(kSample);
        editor.textEdit()->SendScintilla(QsciScintilla::SCI_COLOURISE, 0UL, long(-1));
        const int base = QsciScintilla::SC_FOLDLEVELBASE;
        QCOMPARE(foldLevel(editor, 1), base | QsciScintilla::SC_FOLDLEVELHEADERFLAG);
        QCOMPARE(foldLevel(editor, 2), base + 1);
        QCOMPARE(foldLevel(editor, 3), (base + 1) | QsciScintilla::SC_FOLDLEVELHEADERFLAG);
        QCOMPARE(foldLevel(editor, 4), base + 2);
        QCOMPARE(foldLevel(editor, 9), base);
    }

    void tokenizerCoversEveryByte()
    {
        HclLineState state;
        const QByteArray line = "  comment = \"x ${a}\" # é\n";
        const QList<HclRun> runs = tokenizeHclLine(line, state);
        int total = 0;
        for (const HclRun &run : runs)
            total += run.length;
        QCOMPARE(total, int(line.size()));
        HclLineState open;
        tokenizeHclLine("table \"t\" { /* open\n", open);
        QCOMPARE(open.depth, 1);
        QVERIFY(open.inBlockComment);
        QCOMPARE(HclLineState::fromInt(open.toInt()), open);
    }

    void findNextAndPreviousWrap()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("alpha beta\nalpha gamma\nbeta alpha"));
        editor.findBar()->setText(QStringLiteral("alpha"));
        QVERIFY(editor.findNext());
        QCOMPARE(selection(editor), QStringLiteral("0:0"));
        QCOMPARE(editor.textEdit()->selectedText(), QStringLiteral("alpha"));
        QVERIFY(editor.findNext());
        QCOMPARE(selection(editor), QStringLiteral("1:0"));
        QVERIFY(editor.findNext());
        QCOMPARE(selection(editor), QStringLiteral("2:5"));
        QCOMPARE(editor.findBar()->result(), FindBar::Result::Found);
        QVERIFY(editor.findNext());
        QCOMPARE(selection(editor), QStringLiteral("0:0"));
        QCOMPARE(editor.findBar()->result(), FindBar::Result::Wrapped);

        QVERIFY(editor.findPrevious());
        QCOMPARE(selection(editor), QStringLiteral("2:5"));
        QCOMPARE(editor.findBar()->result(), FindBar::Result::Wrapped);
        QVERIFY(editor.findPrevious());
        QCOMPARE(selection(editor), QStringLiteral("1:0"));
        QCOMPARE(editor.findBar()->result(), FindBar::Result::Found);

        editor.findBar()->setText(QStringLiteral("delta"));
        QVERIFY(!editor.findNext());
        QCOMPARE(editor.findBar()->result(), FindBar::Result::NotFound);
        QCOMPARE(editor.findBar()->statusLabel()->text(), QStringLiteral("No matches"));
    }

    void findBarKeys()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("one two\ntwo three\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.showFindBar();
        QVERIFY(editor.findBar()->isVisible());
        QLineEdit *field = editor.findBar()->lineEdit();
        QTest::keyClicks(field, QStringLiteral("two"));
        QCOMPARE(selection(editor), QStringLiteral("0:4"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(selection(editor), QStringLiteral("1:0"));
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(selection(editor), QStringLiteral("0:4"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!editor.findBar()->isVisible());
    }

    void readOnlyRejectsTyping()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("fixed"));
        editor.setReadOnly(true);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(editor.textEdit(), QStringLiteral("xyz"));
        QCOMPARE(editor.text(), QStringLiteral("fixed"));
        editor.setReadOnly(false);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("xyz"));
        QCOMPARE(editor.text(), QStringLiteral("xyzfixed"));
    }

    void coloursFollowThePalette()
    {
        CodeEditor editor;
        editor.setLanguage(CodeEditor::Language::Hcl);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        editor.setPalette(dark);
        QsciLexer *lexer = editor.textEdit()->lexer();
        QVERIFY(lexer);
        QVERIFY(lexer->paper(int(HclStyle::Default)).lightness() < 64);
        QVERIFY(lexer->color(int(HclStyle::Keyword)).lightness() > 128);
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        editor.setPalette(light);
        QVERIFY(editor.textEdit()->lexer()->paper(int(HclStyle::Default)).lightness() > 200);
    }

    void highlightsTableBlock()
    {
        const QString hcl = QStringLiteral("table \"Tasks\" {\n  schema = schema.main\n}\n"
                                           "table \"Users\" {\n  schema = schema.main\n"
                                           "  column \"email\" {\n    null = false\n  }\n}\n"
                                           "schema \"main\" {\n}\n");
        QCOMPARE(findHclTableBlock(hcl, QStringLiteral("main"), QStringLiteral("Users")).first, 3);
        QCOMPARE(findHclTableBlock(hcl, QStringLiteral("main"), QStringLiteral("Users")).last, 8);
        const LineRange column = findHclTableBlock(
            hcl, QStringLiteral("main"), QStringLiteral("Users"), QStringLiteral("email"));
        QCOMPARE(column.first, 5);
        QCOMPARE(column.last, 7);
        QVERIFY(!findHclTableBlock(hcl, QStringLiteral("main"), QStringLiteral("Nope")).isValid());

        CodeEditor editor;
        editor.setText(hcl);
        editor.highlightLines(3, 8);
        QVERIFY(editor.textEdit()->markersAtLine(3) != 0);
        QVERIFY(editor.textEdit()->markersAtLine(8) != 0);
        QCOMPARE(editor.textEdit()->markersAtLine(2), 0u);
        editor.clearHighlight();
        QCOMPARE(editor.textEdit()->markersAtLine(3), 0u);
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
