#pragma once

#include "pbxconf/AsteriskConfig.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace pbxwarden::pbxconf {

// extensions.conf as a graph, and the paths a caller can take through it to a trunk.
class Dialplan
{
public:
    struct Step
    {
        QString app; // lower case: "dial", "goto", "authenticate", ...
        QString args;
        QString label;
        ConfigLocation where;
    };
    struct Extension
    {
        QString pattern; // "_00X.", "1001", "s"
        QList<Step> steps;
        ConfigLocation where;
    };
    struct Include
    {
        QString context;
        bool timed = false; // include => ctx,08:00-18:00,mon-fri,*,*
        ConfigLocation where;
    };
    struct Context
    {
        QString name;
        QList<Extension> extensions;
        QList<Include> includes;
        ConfigLocation where;
    };

    // A Dial() a caller can reach from a start context.
    struct Reach
    {
        QString start;
        QString entryPattern; // the pattern the caller dialled in the start context (or its includes)
        QString dialString;
        ConfigLocation where;
        bool toTrunk = false;
        // A number of the caller's choice that may be international (or a literal international number).
        bool international = false;
        bool authenticated = false; // Authenticate()/VMAuthenticate() on the way, unconditionally
        // A PIN asked only under a condition (GosubIf/ExecIf around it, a pinless bypass): the
        // condition's text; the route does not count as authenticated.
        QString conditionalPin;
        bool timeRestricted = false; // GotoIfTime/ExecIfTime/IFTIME or a timed include on the way
        // ${EXTEN} unfiltered in the dial string while every pattern the caller's number matched on
        // the way is loose (a Goto into a strict pattern constrains it).
        bool unfilteredExten = false;
        // The patterns the caller's number matched on the way (entry first).
        QStringList numberPatterns;
        // The number dialled (variables resolved: globals, Set(), Macro/Gosub arguments) and whether
        // it is of the caller's choice.
        QString number;
        bool callerChoice = false;
        QStringList path; // "context,pattern" hops
    };

    // (technology, resource) of a dialled device -> whether it is a trunk, e.g. ("PJSIP", "trunk-itsp").
    using TrunkTest = std::function<bool(const QString& tech, const QString& resource)>;

    static Dialplan build(const AsteriskConfig& extensions);

    bool isEmpty() const { return m_contexts.isEmpty(); }
    const Context* context(const QString& name) const;
    QStringList contextNames() const { return m_order; }
    QString global(const QString& name) const { return m_globals.value(name); }

    // Every Dial() reachable from start (its extensions and includes), following Goto, GotoIf,
    // GotoIfTime, Gosub, GosubIf, Macro and Dial(Local/...). Dial strings are resolved the way they
    // are built at run time: globals, Set() on the path and Macro/Gosub arguments, nested
    // (${OUT_${DIAL_TRUNK}} as FreePBX's macro-dialout-trunk builds it). A PIN or time check inside a
    // subroutine counts for the caller when every way back (Return, MacroExit, the macro's end) had it.
    QList<Reach> reach(const QString& start, const TrunkTest& isTrunk, const QStringList& intlPrefixes,
        int minDigitsAfterPrefix) const;

    // Whether an extension pattern can match a number made of an international prefix and at least
    // minDigits more digits ("_X.", "_00X.", "_011X.", "_9011.", "_." and "!" can; "_0[1-9]XXXXXX" cannot).
    static bool canBeInternational(const QString& pattern, const QStringList& prefixes, int minDigits);
    // "_X.", "_.", "_00X." ..., anything with '.' or '!': matches any characters, '&' and '/' included.
    static bool isLoose(const QString& pattern);
    // Every step of the dialplan (for checks that look at applications wherever they are).
    QList<QPair<const Context*, const Extension*>> extensions() const;
    // Whether a literal number matches an extension pattern.
    static bool matches(const QString& pattern, const QString& number);

private:
    struct Walk;

    QHash<QString, Context> m_contexts;
    QStringList m_order;
    QHash<QString, QString> m_globals;
};

// Text with every FILTER(...) call removed: what is left reaches its consumer unfiltered.
QString withoutFilters(QString text);

} // namespace pbxwarden::pbxconf
