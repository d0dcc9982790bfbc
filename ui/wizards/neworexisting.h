// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QRadioButton;

namespace vpnaas::ui {

/*!
 * "Create a new one / Use an existing one: [list]", the guided wizard's choice at each step.
 * The list keeps its selection when refilled; "existing" is disabled while the list is empty.
 */
class NewOrExisting : public QWidget
{
    Q_OBJECT

public:
    explicit NewOrExisting(QWidget *parent = nullptr);

    /*! (id, label) pairs. */
    void setItems(const QList<std::pair<QString, QString>> &items);
    bool usesExisting() const;
    QString existingId() const;
    void selectNew();
    void selectExisting(const QString &id);

Q_SIGNALS:
    void changed();

private:
    QRadioButton *m_new;
    QRadioButton *m_existing;
    QComboBox *m_list;
};

} // namespace vpnaas::ui
