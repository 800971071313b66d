#include "pbxconf/Dialplan.h"

#include <QRegularExpression>

namespace pbxwarden::pbxconf {
namespace {

// One element of an extension pattern: the characters it accepts, or a tail wildcard.
struct PatternItem
{
    QString chars; // empty with tail = true
    bool tail = false; // '.' (one or more of anything) or '!' (zero or more)
    bool zeroOk = false; // '!'
};

QList<PatternItem> compile(const QString& pattern)
{
    QList<PatternItem> items;
    if (!pattern.startsWith(QLatin1Char('_'))) {
        for (QChar c : pattern)
            items << PatternItem { QString(c), false, false };
        return items;
    }
    for (int i = 1; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i).toUpper();
        if (c == QLatin1Char('X'))
            items << PatternItem { QStringLiteral("0123456789"), false, false };
        else if (c == QLatin1Char('Z'))
            items << PatternItem { QStringLiteral("123456789"), false, false };
        else if (c == QLatin1Char('N'))
            items << PatternItem { QStringLiteral("23456789"), false, false };
        else if (c == QLatin1Char('.'))
            items << PatternItem { {}, true, false };
        else if (c == QLatin1Char('!'))
            items << PatternItem { {}, true, true };
        else if (c == QLatin1Char('[')) {
            const int close = pattern.indexOf(QLatin1Char(']'), i);
            const QString set = pattern.mid(i + 1, close < 0 ? -1 : close - i - 1);
            QString chars;
            for (int k = 0; k < set.size(); ++k) {
                if (k + 2 < set.size() && set.at(k + 1) == QLatin1Char('-')) {
                    for (ushort u = set.at(k).unicode(); u <= set.at(k + 2).unicode(); ++u)
                        chars += QChar(u);
                    k += 2;
                } else {
                    chars += set.at(k);
                }
            }
            items << PatternItem { chars, false, false };
            i = close < 0 ? int(pattern.size()) : close;
        } else if (c == QLatin1Char('-') || c == QLatin1Char(' ')) {
            continue;
        } else {
            items << PatternItem { QString(pattern.at(i)), false, false };
        }
    }
    return items;
}

QString stripCallerIdMatch(const QString& pattern)
{
    return pattern.section(QLatin1Char('/'), 0, 0).trimmed();
}

// Splits "a,b(c,d),e" on top-level commas.
QStringList splitArgs(const QString& args)
{
    QStringList out;
    QString cur;
    int depth = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QChar c = args.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            out << cur.trimmed();
            cur.clear();
            continue;
        }
        cur += c;
    }
    out << cur.trimmed();
    return out;
}

// "App(args)" -> (app, args)
QPair<QString, QString> splitApp(const QString& text)
{
    const int open = text.indexOf(QLatin1Char('('));
    if (open < 0)
        return { text.trimmed().toLower(), {} };
    const int close = text.lastIndexOf(QLatin1Char(')'));
    return { text.left(open).trimmed().toLower(), text.mid(open + 1, close > open ? close - open - 1 : -1) };
}

// "n(label)" / "1" / "n" -> label
QString labelOf(const QString& priority)
{
    const int open = priority.indexOf(QLatin1Char('('));
    return open < 0 ? QString() : priority.mid(open + 1, priority.indexOf(QLatin1Char(')')) - open - 1);
}

bool hasVariable(const QString& text)
{
    return text.contains(QLatin1String("${"));
}

// ${EXTEN} (or ${EXTEN:n}) outside any FILTER(...).
bool hasUnfilteredExten(const QString& text)
{
    static const QRegularExpression exten(QStringLiteral("\\$\\{EXTEN(:[-0-9:]*)?\\}"));
    return exten.match(withoutFilters(text)).hasMatch();
}

} // namespace

bool Dialplan::isLoose(const QString& pattern)
{
    const QString p = stripCallerIdMatch(pattern);
    return p.startsWith(QLatin1Char('_')) && (p.contains(QLatin1Char('.')) || p.contains(QLatin1Char('!')));
}

bool Dialplan::matches(const QString& pattern, const QString& number)
{
    const QList<PatternItem> items = compile(stripCallerIdMatch(pattern));
    int i = 0;
    for (const PatternItem& item : items) {
        if (item.tail)
            return item.zeroOk ? true : i < number.size();
        if (i >= number.size() || !item.chars.contains(number.at(i)))
            return false;
        ++i;
    }
    return i == number.size();
}

bool Dialplan::canBeInternational(const QString& pattern, const QStringList& prefixes, int minDigits)
{
    const QList<PatternItem> items = compile(stripCallerIdMatch(pattern));
    for (const QString& prefix : prefixes) {
        int i = 0;
        bool ok = true;
        bool open = false;
        for (; i < items.size() && i < prefix.size(); ++i) {
            if (items.at(i).tail) {
                open = true;
                break;
            }
            if (!items.at(i).chars.contains(prefix.at(i))) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        if (open)
            return true;
        if (i < prefix.size())
            continue; // pattern shorter than the prefix
        // After the prefix: enough digit positions, or a tail wildcard.
        int digits = 0;
        for (int k = i; k < items.size(); ++k) {
            if (items.at(k).tail)
                return true;
            if (items.at(k).chars.contains(QRegularExpression(QStringLiteral("[0-9]"))))
                ++digits;
        }
        if (digits >= minDigits)
            return true;
    }
    return false;
}

Dialplan Dialplan::build(const AsteriskConfig& config)
{
    Dialplan plan;
    for (const ConfigSection& section : config.sections()) {
        if (section.name == u"general")
            continue;
        if (section.name == u"globals") {
            for (const ConfigEntry& e : section.entries)
                plan.m_globals.insert(e.key.toUpper(), e.value);
            continue;
        }
        if (!plan.m_contexts.contains(section.name)) {
            plan.m_contexts.insert(section.name, Context { section.name, {}, {}, section.where });
            plan.m_order << section.name;
        }
        Context& ctx = plan.m_contexts[section.name];
        Extension* last = nullptr;
        for (const ConfigEntry& e : section.entries) {
            if (e.key == u"include") {
                const QStringList parts = splitArgs(e.value);
                ctx.includes << Include { parts.value(0), parts.size() > 1, e.where };
                continue;
            }
            if (e.key != u"exten" && e.key != u"same")
                continue;
            const QStringList parts = splitArgs(e.value);
            QString pattern, priority, app;
            if (e.key == u"exten") {
                if (parts.size() < 3)
                    continue;
                pattern = parts.at(0);
                priority = parts.at(1);
                app = QStringList(parts.mid(2)).join(QLatin1Char(','));
            } else {
                if (!last || parts.size() < 2)
                    continue;
                pattern = last->pattern;
                priority = parts.at(0);
                app = QStringList(parts.mid(1)).join(QLatin1Char(','));
            }
            if (priority == u"hint")
                continue;
            Extension* ext = nullptr;
            for (Extension& x : ctx.extensions) {
                if (x.pattern == pattern)
                    ext = &x;
            }
            if (!ext) {
                ctx.extensions << Extension { pattern, {}, e.where };
                ext = &ctx.extensions.last();
            }
            const auto [name, args] = splitApp(app);
            ext->steps << Step { name, args, labelOf(priority), e.where };
            last = ext;
        }
    }
    return plan;
}

const Dialplan::Context* Dialplan::context(const QString& name) const
{
    const auto it = m_contexts.constFind(name);
    return it == m_contexts.cend() ? nullptr : &*it;
}

struct Dialplan::Walk
{
    // What the caller carries along a path.
    struct State
    {
        QString entry; // the pattern dialled in the start context
        QStringList patterns; // the patterns the caller's number matched so far
        bool auth = false;
        bool timed = false;
        QString conditionalPin;
        QHash<QString, QString> vars; // Set() on the way, ARGn of the current Macro/Gosub
        QStringList path;
    };
    // The ways back out of a subroutine: credited to the caller only when all of them had it.
    struct Frame
    {
        int id = 0; // the walk's own numbering: each call's path is its own
        bool isMacro = false;
        int returns = 0;
        bool allAuth = true;
        bool allTimed = true;
    };

    const Dialplan* plan;
    const TrunkTest* isTrunk;
    QStringList prefixes;
    int minDigits = 7;
    QString start;
    QList<Reach> out;
    QSet<QString> seen;
    QHash<QString, Frame> subMemo;
    int frames = 0;
    int budget = 20000;

    QString resolve(QString text, const QHash<QString, QString>& vars) const
    {
        // Innermost ${NAME} first, so ${OUT_${DIAL_TRUNK}} becomes ${OUT_1} and then its value.
        // Unknown names (${EXTEN}, ${CALLERID(num)}) stay as they are.
        static const QRegularExpression var(QStringLiteral("\\$\\{([A-Za-z0-9_]+)\\}"));
        for (int guard = 0; guard < 10; ++guard) {
            bool changed = false;
            QString next;
            int last = 0;
            auto it = var.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString name = m.captured(1).toUpper();
                next += text.mid(last, m.capturedStart() - last);
                if (vars.contains(name)) {
                    next += vars.value(name);
                    changed = true;
                } else if (plan->m_globals.contains(name)) {
                    next += plan->m_globals.value(name);
                    changed = true;
                } else {
                    next += m.captured(0);
                }
                last = m.capturedEnd();
            }
            next += text.mid(last);
            text = next;
            if (!changed)
                break;
        }
        return text;
    }
    QString resolve(const QString& text) const { return resolve(text, {}); }

    static QString key(const State& st)
    {
        QStringList args;
        for (int i = 1; i <= 9; ++i)
            args << st.vars.value(QStringLiteral("ARG%1").arg(i));
        return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(st.auth)
            .arg(st.timed)
            .arg(st.entry, st.patterns.join(QLatin1Char(';')), args.join(QLatin1Char(';')));
    }

    // Extensions of ctx (and its includes) that a number can land in: a literal number picks the
    // matching ones, a number with variables any of them (and is then constrained by their pattern).
    void enterContext(
        const QString& ctxName, const QString& number, const State& st, int depth, bool isStart, Frame* frame)
    {
        const Context* ctx = plan->context(ctxName);
        if (!ctx || depth > 40)
            return;
        for (const Extension& ext : ctx->extensions) {
            if (!isStart && !number.isEmpty() && !hasVariable(number)
                && !Dialplan::matches(ext.pattern, number))
                continue;
            State s = st;
            if (isStart) {
                s.entry = ext.pattern;
                s.patterns = QStringList { ext.pattern };
            } else if (number.contains(QLatin1String("${EXTEN"))) {
                s.patterns << ext.pattern; // the caller's digits go on through this pattern too
            }
            runExtension(*ctx, ext, 0, s, depth, frame);
        }
        for (const Include& inc : ctx->includes) {
            State s = st;
            s.timed = s.timed || inc.timed;
            enterContext(inc.context, number, s, depth + 1, isStart, frame);
        }
    }

    void jump(const Context& ctx, const Extension& ext, const QString& target, const State& st, int depth,
        Frame* frame)
    {
        const QStringList t = splitArgs(target);
        if (t.size() == 1) {
            // A label or a priority of this extension.
            for (int i = 0; i < ext.steps.size(); ++i) {
                if (ext.steps.at(i).label == t.at(0)) {
                    runExtension(ctx, ext, i, st, depth, frame);
                    return;
                }
            }
            bool isNumber = false;
            const int prio = t.at(0).toInt(&isNumber);
            if (isNumber && prio >= 1 && prio <= ext.steps.size())
                runExtension(ctx, ext, prio - 1, st, depth, frame);
            return;
        }
        const QString targetCtx = t.size() >= 3 ? resolve(t.at(0), st.vars) : ctx.name;
        const QString exten = resolve(t.size() >= 3 ? t.at(1) : t.at(0), st.vars);
        enterContext(targetCtx, exten, st, depth + 1, false, frame);
    }

    // Gosub(ctx,exten,prio(args)) / Gosub(label(args)) / Macro(name,args...): the subroutine's
    // context, extension and ARGn.
    void callSub(const Context& ctx, const QString& app, const QString& target, State& st, int depth,
        bool conditional, const QString& condition)
    {
        QString subCtx, subExten = QStringLiteral("s");
        QStringList args;
        QStringList t = splitArgs(target);
        if (app == u"macro") {
            subCtx = QStringLiteral("macro-") + resolve(t.value(0), st.vars);
            args = t.mid(1);
        } else {
            QString last = t.isEmpty() ? QString() : t.last();
            const int open = last.indexOf(QLatin1Char('('));
            if (open >= 0) {
                args = splitArgs(last.mid(open + 1, last.lastIndexOf(QLatin1Char(')')) - open - 1));
                t.last() = last.left(open);
            }
            if (t.size() >= 3) {
                subCtx = resolve(t.at(0), st.vars);
                subExten = resolve(t.at(1), st.vars);
            } else if (t.size() == 2) {
                subCtx = ctx.name;
                subExten = resolve(t.at(0), st.vars);
            } else {
                subCtx = ctx.name;
                subExten = resolve(t.value(0), st.vars);
            }
        }
        State sub = st;
        for (int i = 1; i <= 9; ++i)
            sub.vars.remove(QStringLiteral("ARG%1").arg(i));
        for (int i = 0; i < args.size() && i < 9; ++i)
            sub.vars.insert(QStringLiteral("ARG%1").arg(i + 1), resolve(args.at(i), st.vars));
        const QString memoKey = subCtx + u'|' + subExten + u'|' + key(sub);
        Frame f;
        if (subMemo.contains(memoKey)) {
            f = subMemo.value(memoKey);
        } else {
            f.isMacro = app == u"macro";
            f.id = ++frames;
            subMemo.insert(memoKey, f); // a recursive call sees "no way back yet"
            enterContext(subCtx, subExten, sub, depth + 1, false, &f);
            subMemo.insert(memoKey, f);
        }
        if (f.returns == 0)
            return;
        // A PIN or a time check on every way back protects what follows the call; under a
        // condition (GosubIf) the PIN is only conditional.
        if (f.allAuth && !st.auth) {
            if (conditional)
                st.conditionalPin = condition;
            else
                st.auth = true;
        }
        if (f.allTimed && !conditional)
            st.timed = true;
    }

    static void leave(const State& st, Frame* frame)
    {
        if (!frame)
            return;
        ++frame->returns;
        frame->allAuth = frame->allAuth && st.auth;
        frame->allTimed = frame->allTimed && st.timed;
    }

    void runExtension(const Context& ctx, const Extension& ext, int from, State st, int depth, Frame* frame)
    {
        if (--budget <= 0 || depth > 40)
            return;
        const QString k = QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(ctx.name, ext.pattern)
                              .arg(from)
                              .arg(key(st))
                              .arg(frame ? frame->id : 0);
        if (seen.contains(k))
            return;
        seen.insert(k);
        st.path << ctx.name + u',' + ext.pattern;
        for (int i = from; i < ext.steps.size(); ++i) {
            const Step& s = ext.steps.at(i);
            const QString& app = s.app;
            if (s.args.contains(QLatin1String("IFTIME(")))
                st.timed = true;
            if (app == u"authenticate" || app == u"vmauthenticate") {
                st.auth = true;
            } else if (app == u"return" || app == u"macroexit") {
                leave(st, frame);
                return;
            } else if (app == u"hangup" || app == u"congestion" || app == u"busy") {
                return;
            } else if (app == u"set" || app == u"mset") {
                for (const QString& assignment : app == u"set" ? QStringList { s.args } : splitArgs(s.args)) {
                    const int eq = assignment.indexOf(QLatin1Char('='));
                    if (eq <= 0)
                        continue;
                    QString name = assignment.left(eq).trimmed().toUpper();
                    while (name.startsWith(QLatin1Char('_')))
                        name.remove(0, 1); // _VAR / __VAR: inherited, same name
                    if (!name.contains(QLatin1Char('(')))
                        st.vars.insert(name, resolve(assignment.mid(eq + 1).trimmed(), st.vars));
                }
            } else if (app == u"goto") {
                jump(ctx, ext, s.args, st, depth + 1, frame);
                return;
            } else if (app == u"gotoif" || app == u"gotoiftime") {
                const bool timeCheck = app == u"gotoiftime";
                const int q = s.args.indexOf(QLatin1Char('?'));
                const QString branches = q < 0 ? QString() : s.args.mid(q + 1);
                const int colon = branches.indexOf(QLatin1Char(':'));
                const QString yes = colon < 0 ? branches : branches.left(colon);
                const QString no = colon < 0 ? QString() : branches.mid(colon + 1);
                State branch = st;
                branch.timed = st.timed || timeCheck;
                if (!yes.trimmed().isEmpty())
                    jump(ctx, ext, yes, branch, depth + 1, frame);
                if (!no.trimmed().isEmpty()) {
                    jump(ctx, ext, no, branch, depth + 1, frame);
                    return;
                }
                st.timed = branch.timed;
            } else if (app == u"execiftime") {
                st.timed = true;
            } else if (app == u"execif") {
                // ExecIf(cond?Authenticate(...)): a PIN only when the condition holds.
                const int q = s.args.indexOf(QLatin1Char('?'));
                const QString then = q < 0 ? QString() : s.args.mid(q + 1);
                const auto [inner, innerArgs] = splitApp(then.section(QLatin1Char(':'), 0, 0));
                Q_UNUSED(innerArgs);
                if ((inner == u"authenticate" || inner == u"vmauthenticate") && !st.auth)
                    st.conditionalPin = s.args.left(q);
            } else if (app == u"gosub" || app == u"macro") {
                callSub(ctx, app, s.args, st, depth, false, {});
            } else if (app == u"gosubif") {
                const int q = s.args.indexOf(QLatin1Char('?'));
                // A condition that is false as written ("${ARG3}" != "" with no route password: a
                // conjunction holding $["" != ""]) never runs the subroutine.
                static const QRegularExpression emptyTest(
                    QStringLiteral("\\$\\[\\s*\"\"\\s*!=\\s*\"\"\\s*\\]"));
                const QString cond = q < 0 ? QString() : resolve(s.args.left(q), st.vars);
                if (q >= 0 && !cond.contains(QLatin1Char('|')) && cond.contains(emptyTest)) {
                    continue;
                }
                if (q >= 0) {
                    const QString branches = s.args.mid(q + 1);
                    // The false branch (after ':') is another subroutine; the PIN of either is conditional.
                    for (const QString& b :
                        { branches.section(QLatin1Char(':'), 0, 0), branches.section(QLatin1Char(':'), 1) }) {
                        if (!b.trimmed().isEmpty())
                            callSub(ctx, QStringLiteral("gosub"), b, st, depth, true, s.args.left(q));
                    }
                }
            } else if (app == u"dial") {
                dial(s, st, depth, frame);
            }
        }
        // A macro returns to its caller when it runs out of priorities; a Gosub would hang up.
        if (frame && frame->isMacro)
            leave(st, frame);
    }

    void dial(const Step& s, const State& st, int depth, Frame* frame)
    {
        Q_UNUSED(frame);
        const QString dialString = splitArgs(s.args).value(0);
        const QString resolved = resolve(dialString, st.vars);
        bool loose = !st.patterns.isEmpty();
        bool intlPatterns = !st.patterns.isEmpty();
        for (const QString& p : st.patterns) {
            loose = loose && Dialplan::isLoose(p);
            intlPatterns = intlPatterns && Dialplan::canBeInternational(p, prefixes, minDigits);
        }
        const bool unfiltered = loose && hasUnfilteredExten(dialString);
        for (const QString& device : resolved.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const QString tech = device.section(QLatin1Char('/'), 0, 0).trimmed();
            const QString rest = device.section(QLatin1Char('/'), 1);
            QString number, resource;
            if (tech.compare(QLatin1String("Local"), Qt::CaseInsensitive) == 0) {
                const QString target = rest.section(QLatin1Char('/'), 0, 0);
                number = target.section(QLatin1Char('@'), 0, 0);
                const QString localCtx = target.section(QLatin1Char('@'), 1);
                State local = st;
                local.vars.clear(); // a Local channel is a new channel
                enterContext(localCtx.isEmpty() ? QStringLiteral("default") : localCtx, number, local,
                    depth + 1, false, nullptr);
                continue;
            }
            if (rest.contains(QLatin1Char('@'))) {
                number = rest.section(QLatin1Char('@'), 0, 0);
                resource = rest.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0);
            } else {
                resource = rest.section(QLatin1Char('/'), 0, 0);
                number = rest.section(QLatin1Char('/'), 1);
            }
            Reach r;
            r.start = start;
            r.entryPattern = st.entry;
            r.dialString = dialString;
            r.where = s.where;
            r.authenticated = st.auth;
            r.conditionalPin = st.auth ? QString() : st.conditionalPin;
            r.timeRestricted = st.timed;
            r.unfilteredExten = unfiltered;
            r.path = st.path;
            r.numberPatterns = st.patterns;
            r.number = number;
            r.toTrunk = (*isTrunk)(tech, resource);
            // Variables resolved by now: one left in the number (${EXTEN}, ${ARG1} of an unknown
            // caller, ${OUTNUM}) is taken as the number the caller dialled.
            r.callerChoice = hasVariable(number) || hasVariable(resource);
            bool literalIntl = false;
            for (const QString& p : prefixes)
                literalIntl = literalIntl
                    || (!hasVariable(number) && number.startsWith(p)
                        && number.size() >= p.size() + minDigits);
            r.international = r.toTrunk && ((r.callerChoice && intlPatterns) || literalIntl);
            out << r;
        }
    }
};

QList<Dialplan::Reach> Dialplan::reach(const QString& start, const TrunkTest& isTrunk,
    const QStringList& intlPrefixes, int minDigitsAfterPrefix) const
{
    Walk w;
    w.plan = this;
    w.isTrunk = &isTrunk;
    w.prefixes = intlPrefixes;
    w.minDigits = minDigitsAfterPrefix;
    w.start = start;
    w.enterContext(start, {}, Walk::State {}, 0, true, nullptr);
    return w.out;
}

QList<QPair<const Dialplan::Context*, const Dialplan::Extension*>> Dialplan::extensions() const
{
    QList<QPair<const Context*, const Extension*>> out;
    for (const QString& name : m_order) {
        const Context& c = m_contexts.find(name).value();
        for (const Extension& e : c.extensions)
            out << qMakePair(&c, &e);
    }
    return out;
}

QString withoutFilters(QString t)
{
    // Drop FILTER(...) calls with balanced parentheses (at most 20: a hostile line stays bounded).
    for (int guard = 0; guard < 20; ++guard) {
        const int f = t.indexOf(QLatin1String("FILTER("));
        if (f < 0)
            break;
        int depth = 0, end = -1;
        for (int i = f + 6; i < t.size(); ++i) {
            if (t.at(i) == QLatin1Char('('))
                ++depth;
            else if (t.at(i) == QLatin1Char(')') && --depth == 0) {
                end = i;
                break;
            }
        }
        t.remove(f, end < 0 ? t.size() - f : end - f + 1);
    }
    return t;
}

} // namespace pbxwarden::pbxconf
