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
    QString t = text;
    // Drop FILTER(...) calls with balanced parentheses, then look again.
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
    return exten.match(t).hasMatch();
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
    const Dialplan* plan;
    const TrunkTest* isTrunk;
    QStringList prefixes;
    int minDigits = 7;
    QString start;
    QList<Reach> out;
    QSet<QString> seen;
    int budget = 20000;

    QString resolve(QString text) const
    {
        // Globals (${TRUNK}) are substituted; ${EXTEN} and friends stay.
        static const QRegularExpression var(QStringLiteral("\\$\\{([A-Za-z0-9_]+)\\}"));
        for (int guard = 0; guard < 5; ++guard) {
            bool changed = false;
            auto it = var.globalMatch(text);
            QString next = text;
            while (it.hasNext()) {
                const auto m = it.next();
                const QString name = m.captured(1).toUpper();
                if (plan->m_globals.contains(name)) {
                    next.replace(m.captured(0), plan->m_globals.value(name));
                    changed = true;
                }
            }
            text = next;
            if (!changed)
                break;
        }
        return text;
    }

    // Extensions of ctx (and its includes) that a number can land in: a literal number picks the
    // matching ones, a number with variables any of them.
    void enterContext(const QString& ctxName, const QString& number, const QString& entryPattern, bool auth,
        bool timed, QStringList path, int depth, bool isStart)
    {
        const Context* ctx = plan->context(ctxName);
        if (!ctx || depth > 40)
            return;
        for (const Extension& ext : ctx->extensions) {
            if (!isStart && !number.isEmpty() && !hasVariable(number)
                && !Dialplan::matches(ext.pattern, number))
                continue;
            const QString entry = isStart ? ext.pattern : entryPattern;
            runExtension(*ctx, ext, 0, entry, auth, timed, path, depth);
        }
        for (const Include& inc : ctx->includes)
            enterContext(
                inc.context, number, entryPattern, auth, timed || inc.timed, path, depth + 1, isStart);
    }

    void jump(const Context& ctx, const Extension& ext, const QString& target, const QString& entry,
        bool auth, bool timed, const QStringList& path, int depth)
    {
        const QStringList t = splitArgs(target);
        if (t.size() == 1) {
            // A label or a priority of this extension.
            for (int i = 0; i < ext.steps.size(); ++i) {
                if (ext.steps.at(i).label == t.at(0)) {
                    runExtension(ctx, ext, i, entry, auth, timed, path, depth);
                    return;
                }
            }
            bool isNumber = false;
            const int prio = t.at(0).toInt(&isNumber);
            if (isNumber && prio >= 1 && prio <= ext.steps.size())
                runExtension(ctx, ext, prio - 1, entry, auth, timed, path, depth);
            return;
        }
        const QString targetCtx = t.size() >= 3 ? resolve(t.at(0)) : ctx.name;
        const QString exten = resolve(t.size() >= 3 ? t.at(1) : t.at(0));
        enterContext(targetCtx, exten, entry, auth, timed, path, depth + 1, false);
    }

    void runExtension(const Context& ctx, const Extension& ext, int from, const QString& entry, bool auth,
        bool timed, QStringList path, int depth)
    {
        if (--budget <= 0 || depth > 40)
            return;
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                .arg(ctx.name, ext.pattern)
                                .arg(from)
                                .arg(auth)
                                .arg(timed)
                                .arg(entry);
        if (seen.contains(key))
            return;
        seen.insert(key);
        path << ctx.name + u',' + ext.pattern;
        for (int i = from; i < ext.steps.size(); ++i) {
            const Step& s = ext.steps.at(i);
            const QString& app = s.app;
            if (s.args.contains(QLatin1String("IFTIME(")))
                timed = true;
            if (app == u"authenticate" || app == u"vmauthenticate") {
                auth = true;
            } else if (app == u"hangup" || app == u"return" || app == u"macroexit" || app == u"congestion"
                || app == u"busy") {
                return;
            } else if (app == u"goto") {
                jump(ctx, ext, s.args, entry, auth, timed, path, depth + 1);
                return;
            } else if (app == u"gotoif" || app == u"gotoiftime") {
                const bool timeCheck = app == u"gotoiftime";
                const int q = s.args.indexOf(QLatin1Char('?'));
                const QString branches = q < 0 ? QString() : s.args.mid(q + 1);
                const int colon = branches.indexOf(QLatin1Char(':'));
                const QString yes = colon < 0 ? branches : branches.left(colon);
                const QString no = colon < 0 ? QString() : branches.mid(colon + 1);
                if (!yes.trimmed().isEmpty())
                    jump(ctx, ext, yes, entry, auth, timed || timeCheck, path, depth + 1);
                if (!no.trimmed().isEmpty()) {
                    jump(ctx, ext, no, entry, auth, timed || timeCheck, path, depth + 1);
                    return;
                }
                timed = timed || timeCheck;
            } else if (app == u"execiftime") {
                timed = true;
            } else if (app == u"gosub" || app == u"gosubif" || app == u"macro") {
                QString target = s.args;
                if (app == u"gosubif") {
                    const int q = target.indexOf(QLatin1Char('?'));
                    target = q < 0 ? QString() : target.mid(q + 1).section(QLatin1Char(':'), 0, 0);
                }
                QStringList t = splitArgs(target);
                QString subCtx, subExten = QStringLiteral("s");
                if (app == u"macro") {
                    subCtx = QStringLiteral("macro-") + resolve(t.value(0));
                } else if (t.size() >= 3) {
                    subCtx = resolve(t.at(0));
                    subExten = resolve(t.at(1));
                } else if (t.size() == 2) {
                    subCtx = ctx.name;
                    subExten = resolve(t.at(0));
                } else {
                    subCtx = ctx.name;
                    subExten = resolve(t.value(0).section(QLatin1Char('('), 0, 0));
                }
                enterContext(subCtx, subExten, entry, auth, timed, path, depth + 1, false);
                // A subroutine that authenticates protects what follows its return.
                if (const Context* sub = plan->context(subCtx)) {
                    for (const Extension& x : sub->extensions) {
                        for (const Step& st : x.steps)
                            auth = auth || st.app == u"authenticate" || st.app == u"vmauthenticate";
                    }
                }
            } else if (app == u"dial") {
                dial(ctx, s, entry, auth, timed, path, depth);
            }
        }
    }

    void dial(const Context& ctx, const Step& s, const QString& entry, bool auth, bool timed,
        const QStringList& path, int depth)
    {
        Q_UNUSED(ctx);
        const QString dialString = splitArgs(s.args).value(0);
        const QString resolved = resolve(dialString);
        const bool loose = Dialplan::isLoose(entry);
        const bool unfiltered = loose && hasUnfilteredExten(dialString);
        for (const QString& device : resolved.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const QString tech = device.section(QLatin1Char('/'), 0, 0).trimmed();
            const QString rest = device.section(QLatin1Char('/'), 1);
            QString number, resource;
            if (tech.compare(QLatin1String("Local"), Qt::CaseInsensitive) == 0) {
                const QString target = rest.section(QLatin1Char('/'), 0, 0);
                number = target.section(QLatin1Char('@'), 0, 0);
                const QString localCtx = target.section(QLatin1Char('@'), 1);
                enterContext(localCtx.isEmpty() ? QStringLiteral("default") : localCtx, number, entry, auth,
                    timed, path, depth + 1, false);
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
            r.entryPattern = entry;
            r.dialString = dialString;
            r.where = s.where;
            r.authenticated = auth;
            r.timeRestricted = timed;
            r.unfilteredExten = unfiltered;
            r.path = path;
            r.toTrunk = (*isTrunk)(tech, resource);
            // Globals are resolved by now: a variable left in the number (${EXTEN}, ${ARG1} of a macro,
            // ${OUTNUM}) is taken as the number the caller dialled.
            const bool callerChoice = hasVariable(number) || hasVariable(resource);
            bool literalIntl = false;
            for (const QString& p : prefixes)
                literalIntl = literalIntl
                    || (!hasVariable(number) && number.startsWith(p)
                        && number.size() >= p.size() + minDigits);
            r.international = r.toTrunk
                && ((callerChoice && Dialplan::canBeInternational(entry, prefixes, minDigits))
                    || literalIntl);
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
    w.enterContext(start, {}, {}, false, false, {}, 0, true);
    return w.out;
}

} // namespace pbxwarden::pbxconf
