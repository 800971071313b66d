#include "secrets/LegacySecrets.h"

#include "secrets/SecretKey.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSet>

#include <memory>
#include <optional>

namespace pbxwarden::secrets {
namespace {

struct Move
{
    PbxRecord pbx;
    SecretPurpose purpose;
};

struct State
{
    SecretStore* store = nullptr;
    QList<Move> moves;
    int next = 0;
    QSet<qint64> failed;
    LegacyMoveOutcome outcome;
    std::function<void(LegacyMoveOutcome)> done;
};

void step(const std::shared_ptr<State>& state);

void problem(const std::shared_ptr<State>& state, const Move& m, const QString& what)
{
    state->failed.insert(m.pbx.id);
    state->outcome.problems
        << QCoreApplication::translate("Secrets", "%1: %2: %3").arg(m.pbx.name, purposeName(m.purpose), what);
}

void advance(const std::shared_ptr<State>& state)
{
    ++state->next;
    step(state);
}

void step(const std::shared_ptr<State>& state)
{
    if (state->next >= state->moves.size()) {
        QSet<qint64> seen;
        for (const Move& m : std::as_const(state->moves)) {
            if (!state->failed.contains(m.pbx.id) && !seen.contains(m.pbx.id))
                state->outcome.finished << m.pbx.id;
            seen.insert(m.pbx.id);
        }
        const auto done = std::move(state->done);
        done(std::move(state->outcome));
        return;
    }
    const Move m = state->moves.at(state->next);
    const QString oldKey = legacySecretKey(m.pbx.id, m.purpose);
    const QString newKey = secretKey(m.pbx, m.purpose);
    state->store->read(oldKey, [state, m, oldKey, newKey](Result<SecretLookup> old) {
        if (!old) {
            problem(state, m,
                QCoreApplication::translate("Secrets", "the old entry could not be read (%1); it is kept")
                    .arg(old.error()));
            return advance(state);
        }
        if (!old->found)
            return advance(state);
        if (newKey.isEmpty()) {
            problem(state, m, noIdentityError());
            return advance(state);
        }
        auto value = std::make_shared<QString>(old->value);
        state->store->write(newKey, *value, [state, m, oldKey, value](Status written) {
            value->fill(QChar(0));
            if (!written) {
                problem(state, m,
                    QCoreApplication::translate("Secrets",
                        "the entry could not be written under its new name (%1); the old one is kept")
                        .arg(written.error()));
                return advance(state);
            }
            state->store->remove(oldKey, [state, m](Status removed) {
                if (!removed)
                    problem(state, m,
                        QCoreApplication::translate("Secrets",
                            "copied to its new name, but the old entry could not be removed (%1); it will be "
                            "tried again")
                            .arg(removed.error()));
                else
                    ++state->outcome.moved;
                advance(state);
            });
        });
    });
}

} // namespace

void moveLegacySecrets(
    SecretStore& store, const QList<PbxRecord>& pbxs, std::function<void(LegacyMoveOutcome)> done)
{
    auto state = std::make_shared<State>();
    state->store = &store;
    state->done = std::move(done);
    for (const PbxRecord& pbx : pbxs) {
        for (const SecretPurpose purpose : allPurposes())
            state->moves << Move { pbx, purpose };
    }
    step(state);
}

LegacyMoveOutcome moveLegacySecretsAndWait(SecretStore& store, const QList<PbxRecord>& pbxs)
{
    QEventLoop loop;
    std::optional<LegacyMoveOutcome> result;
    moveLegacySecrets(store, pbxs, [&](LegacyMoveOutcome outcome) {
        result = std::move(outcome);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace pbxwarden::secrets
