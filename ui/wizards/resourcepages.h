// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "vpnaas/resourcetraits.h"

#include <QList>

class QWidget;

namespace vpnaas {
class Workspace;
}

namespace vpnaas::ui {

class DraftPage;

/*!
 * The page(s) of a resource of \a kind, parented to \a parent: one for most, the main page and
 * the options page for a connection. The first page submits (DraftPage::submit()); an edit
 * loads every page (DraftPage::loadResource()).
 */
QList<DraftPage *> createResourcePages(ResourceKind kind, Workspace *workspace, QWidget *parent);

} // namespace vpnaas::ui
