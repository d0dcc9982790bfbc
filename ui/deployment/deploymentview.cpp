// SPDX-License-Identifier: Apache-2.0
#include "deploymentview.h"

#include "preview/configpreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

DeploymentView::DeploymentView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_distribution(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"deploymentView"_s);
    m_headline->setObjectName(u"deploymentHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_distribution->setObjectName(u"distribution"_s);
    m_distribution->addItem(tr("Debian / Ubuntu — strongSwan driver"), int(deployment::Distribution::DebianUbuntu));
    m_distribution->addItem(tr("RHEL family — Libreswan driver"), int(deployment::Distribution::RedHat));
    connect(m_distribution, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filled)
            fill();
    });
    m_tabs->setObjectName(u"deploymentTabs"_s);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Network nodes run:"), this));
    pick->addWidget(m_distribution);
    pick->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(pick);
    layout->addWidget(m_tabs, 1);
    setVpnaasAvailable(true, {});
    // The highlighted files are made when the view is first shown (or asked for): they were a
    // tenth of the console's start-up.
}

QTabWidget *DeploymentView::tabs() const
{
    if (!m_filled)
        const_cast<DeploymentView *>(this)->fill();
    return m_tabs;
}

void DeploymentView::showEvent(QShowEvent *event)
{
    if (!m_filled)
        fill();
    QWidget::showEvent(event);
}

void DeploymentView::setVpnaasAvailable(bool available, const QString &cloudName)
{
    const QString steps = tr("Edit the files below on the controller and on every network node, then run the "
                             "commands in the last tab. The console's wizards work once "
                             "<code>GET /v2.0/extensions</code> lists <code>vpnaas</code>.");
    if (available) {
        m_headline->setText(u"<h3>%1</h3><p>%2</p>"_s.arg(tr("How VPNaaS is enabled on a cloud"), steps));
    } else {
        m_headline->setText(u"<h3>%1</h3><p>%2</p><p>%3</p>"_s.arg(
            tr("This cloud does not offer VPNaaS"),
            tr("%1 has no <code>vpnaas</code> extension, so the VPN wizards are disabled instead of failing "
               "with “404 Not Found”. An operator enables it like this:")
                .arg(cloudName.toHtmlEscaped()),
            steps));
    }
}

void DeploymentView::setDistribution(deployment::Distribution distribution)
{
    m_distribution->setCurrentIndex(m_distribution->findData(int(distribution)));
}

deployment::Distribution DeploymentView::distribution() const
{
    return deployment::Distribution(m_distribution->currentData().toInt());
}

QString DeploymentView::headline() const
{
    return m_headline->text();
}

void DeploymentView::fill()
{
    m_filled = true;
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    for (const deployment::Snippet &snippet : deployment::snippets(distribution())) {
        auto *preview = new ConfigPreview(m_tabs);
        preview->setDocument(tr("%1 — on the %2").arg(snippet.path, snippet.where), snippet.text, ConfigSyntax::Ini);
        m_tabs->addTab(preview, snippet.title);
    }
    auto *commands = new ConfigPreview(m_tabs);
    commands->setDocument(tr("Then"), deployment::commands(distribution()), ConfigSyntax::Shell);
    m_tabs->addTab(commands, tr("Commands"));
    if (current >= 0)
        m_tabs->setCurrentIndex(current);
}

} // namespace vpnaas::ui
