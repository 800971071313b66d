#pragma once

#include <QSortFilterProxyModel>

namespace pbxwarden::ui {

// Narrows the fleet to a customer or site (from the tree) and to rows matching every word typed
// in the filter box, in any of name, customer, site, host, tags and notes.
class FleetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FleetFilterProxy(QObject* parent = nullptr);

    void setFilterWords(const QString& text);
    // Empty customer: the whole fleet. Empty site: all sites of the customer.
    void setScope(const QString& customer, const QString& site);
    QString customer() const { return m_customer; }
    QString site() const { return m_site; }
    // The words typed, one space between them; empty when the box is.
    QString filterText() const { return m_words.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_customer;
    QString m_site;
};

} // namespace pbxwarden::ui
