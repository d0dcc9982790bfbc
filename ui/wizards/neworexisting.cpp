// SPDX-License-Identifier: Apache-2.0
#include "neworexisting.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

NewOrExisting::NewOrExisting(QWidget *parent)
    : QWidget(parent)
    , m_new(new QRadioButton(tr("Create a ne&w one"), this))
    , m_existing(new QRadioButton(tr("&Use an existing one:"), this))
    , m_list(new QComboBox(this))
{
    m_new->setObjectName(u"createNew"_s);
    m_existing->setObjectName(u"useExisting"_s);
    m_list->setObjectName(u"existing"_s);
    m_list->setAccessibleName(tr("Existing one"));
    m_new->setChecked(true);
    m_list->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_new);
    layout->addWidget(m_existing);
    layout->addWidget(m_list, 1);
    connect(m_new, &QRadioButton::toggled, this, [this] {
        m_list->setEnabled(m_existing->isChecked());
        Q_EMIT changed();
    });
    connect(m_list, &QComboBox::currentIndexChanged, this, &NewOrExisting::changed);
}

void NewOrExisting::setItems(const QList<std::pair<QString, QString>> &items)
{
    const QString current = m_list->currentData().toString();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const auto &[id, label] : items)
            m_list->addItem(label.isEmpty() ? id : label, id);
        const int index = m_list->findData(current);
        m_list->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_existing->setEnabled(!items.isEmpty());
    if (items.isEmpty() && m_existing->isChecked())
        m_new->setChecked(true);
    Q_EMIT changed();
}

bool NewOrExisting::usesExisting() const
{
    return m_existing->isChecked() && m_list->currentIndex() >= 0;
}

QString NewOrExisting::existingId() const
{
    return usesExisting() ? m_list->currentData().toString() : QString();
}

void NewOrExisting::selectNew()
{
    m_new->setChecked(true);
}

void NewOrExisting::selectExisting(const QString &id)
{
    const int index = m_list->findData(id);
    if (index < 0)
        return;
    m_list->setCurrentIndex(index);
    m_existing->setChecked(true);
}

} // namespace vpnaas::ui
