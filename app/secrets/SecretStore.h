#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace pbxwarden::secrets {

struct SecretLookup
{
    bool found = false;
    QString value;
};

// Where credentials live. Asynchronous: keyrings answer over D-Bus and may prompt, so callers
// never wait on the GUI thread. Callbacks run on the store's thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(Status)>;
    using ReadCallback = std::function<void(Result<SecretLookup>)>;

    using QObject::QObject;

    virtual void write(const QString& key, const QString& secret, DoneCallback done) = 0;
    virtual void read(const QString& key, ReadCallback done) = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString& key, DoneCallback done) = 0;

    // False for the session-only store: the user must be told that secrets vanish at exit.
    virtual bool persistent() const = 0;
    virtual QString description() const = 0;
};

} // namespace pbxwarden::secrets
