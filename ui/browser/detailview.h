// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "itemmodels/resourcedetails.h"

#include <QTextBrowser>

namespace vpnaas::ui {

/*!
 * The detail pane: every attribute of one resource (describeResource), related resources as
 * links (resourceActivated), warnings beside the values, and the pre-shared key masked until
 * the user clicks "Reveal" (then "Hide").
 */
class DetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailView(QWidget *parent = nullptr);

    void setDetails(const ResourceDetails &details);
    void clearDetails(const QString &placeholder);
    const ResourceDetails &details() const { return m_details; }
    bool isSecretRevealed() const { return m_revealed; }
    void setSecretRevealed(bool revealed);

    /*! The HTML for \a details (exposed for tests; the PSK appears only when \a revealed). */
    static QString renderHtml(const ResourceDetails &details, bool revealed, const QPalette &palette);

Q_SIGNALS:
    void resourceActivated(vpnaas::ResourceKind kind, const QString &id);
    void secretRevealedChanged(bool revealed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void onAnchor(const QUrl &url);

    ResourceDetails m_details;
    QString m_placeholder;
    bool m_revealed = false;
};

} // namespace vpnaas::ui
