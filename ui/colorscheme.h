// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

/*!
 * The console's colours follow the application palette, live: the desktop's colour scheme, or
 * one chosen with --color-scheme (screenshots, or a desktop without one). Every view takes its
 * colours from the palette when it paints, and re-reads it on QEvent::PaletteChange.
 */
namespace vpnaas::ui::colorscheme {

/*! The schemes --color-scheme accepts ("system" leaves the desktop's). */
QStringList names();
/*! A dark palette in the manner of Breeze Dark. */
QPalette dark();
/*! A light palette in the manner of Breeze. */
QPalette light();
/*! Applies \a name to the application (Fusion style for "dark"/"light", whose colours are the
    palette's alone); false for an unknown name. */
bool apply(const QString &name);

} // namespace vpnaas::ui::colorscheme
