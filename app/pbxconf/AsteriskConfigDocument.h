#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbxwarden::pbxconf {

// What main/config.c's comment pass leaves of one physical line, given the block-comment depth before
// it: ';' starts a line comment, "\;" is a ';', ";--" opens a block comment unless a fourth '-'
// follows (so ";-------" separators are line comments), "--;" closes one, blocks nest.
struct AsteriskLineScan
{
    // What process_text_line() receives: comments removed, "\;" unescaped, blanks (< 33) stripped.
    QString code;
    // Block-comment depth after the line. config.c lets a stray "--;" drive it below zero, which hides
    // the lines that follow until a ";--" brings it back: kept, because Asterisk reads it so.
    int depthAfter = 0;
    // The line opens, closes or lies inside a block comment (no in-place edit then).
    bool blockComment = false;
    // Where an unescaped ';' line comment starts in the line, or -1.
    int lineCommentAt = -1;
};

AsteriskLineScan scanAsteriskLine(const QString& line, int depthBefore);

// An Asterisk configuration file kept byte for byte: every line with its own terminator ("\n",
// "\r\n" or none at the end), comments, blank lines, spacing, #include lines, templates, "=>" and
// "+=". Each line is also read the way config.c reads it, so that edits find their targets; an edit
// rewrites only the lines it names, and toBytes() gives back every other byte unchanged.
class AsteriskConfigDocument
{
public:
    enum class LineKind
    {
        Blank, // only blanks
        Comment, // nothing left once comments are removed
        Section, // [name] or [name](options)
        Option, // key = value, key => value, key += value
        Directive, // #include, #tryinclude, #exec, or an unknown #word
        Invalid, // code that config.c cannot read (see problem)
        TooLong, // longer than config.c's 8 KiB line buffer: skipped by Asterisk
    };
    enum class Operator
    {
        Set, // =
        Object, // =>
        Append, // +=
    };

    struct Line
    {
        QByteArray raw; // the bytes, without "\n" and without the '\r' of a "\r\n"
        bool crlf = false;
        bool newline = true; // false only for a last line with no terminator

        // How config.c reads it (recomputed after every edit).
        LineKind kind = LineKind::Blank;
        QString code;
        int section = -1; // index into sections(), -1 before the first header
        // Section: the name as written between '[' and ']' (config.c does not trim it), and the
        // comma-separated options when '(' follows ']' directly.
        QString name;
        QStringList options;
        bool hasOptions = false;
        // Option: the key as written (stripped), the operator, the stripped value, and for "+=" the
        // text after '=' as config.c appends it.
        QString key;
        Operator op = Operator::Set;
        QString value;
        QString appendText;
        // Directive: the word after '#' in lower case and its argument without quotes or <>.
        QString directive;
        QString argument;
        // Invalid: why config.c refuses the line; fatal when config.c rejects the whole file for it.
        QString problem;
        bool fatal = false;
    };

    struct Section
    {
        QString name;
        int header = -1; // line index of the header
        QStringList options;
    };

    // Never fails: any bytes give a document, and toBytes() gives them back.
    static AsteriskConfigDocument parse(const QByteArray& bytes);
    QByteArray toBytes() const;

    const QList<Line>& lines() const { return m_lines; }
    const QList<Section>& sections() const { return m_sections; }
    // The block-comment depth at the end of the file (non-zero: a ";--" never closed).
    int depthAtEnd() const { return m_depthAtEnd; }
    // Sections whose header names this one (case-insensitive, as config.c compares names).
    QList<int> sectionsNamed(const QString& name) const;
    // Option lines of one section with that key (case-insensitive), in file order.
    QList<int> optionLines(int section, const QString& key) const;

    enum class Occurrence
    {
        First, // the value ast_variable_retrieve() returns
        Last, // the value a module that applies every line in turn ends with (pjsip, manager, ...)
    };
    // Sets key's value in one section: rewrites the value of the chosen "=" / "=>" line in place
    // (key spelling, spacing, operator and trailing comment kept), or adds "key = value" to the section.
    Status setValue(
        int section, const QString& key, const QString& value, Occurrence which = Occurrence::Last);
    // Adds a line after the last option, directive or header of the section; returns its index.
    Result<int> addLine(int section, const QString& text);
    // Adds "[name](options)" and its lines at the end of the file; returns the header's line index.
    Result<int> appendSection(
        const QString& name, const QStringList& lines = {}, const QString& options = {});
    Status removeLine(int line);

    // A value as it must be written for config.c to read it back ("\;" for ';').
    static QString escapeValue(const QString& value);

private:
    void analyse();
    Result<int> insertLine(int at, const QString& text);
    bool prefersCrlf() const;

    QList<Line> m_lines;
    QList<Section> m_sections;
    int m_depthAtEnd = 0;
};

} // namespace pbxwarden::pbxconf
