// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace vpnaas::ui {

/*!
 * How a resource status looks everywhere (tables, details, topology): a colour that reads on
 * light and dark palettes, always beside the status text (never colour alone).
 */
QColor statusColor(const QString &status, const QPalette &palette);
/*! A colour for warnings (weak algorithms, driver quirks) on \a palette. */
QColor warningColor(const QPalette &palette);
/*! The palette's text colour mixed into its base colour, \a share of text (0..1): lines and grids
    that stay visible in light and dark schemes alike. */
QColor textOnBase(const QPalette &palette, double share);

/*! The style sheet of a status-bar badge that reports an error (bright text on red). */
QString errorBadgeStyleSheet();
/*! The style sheet of the status-bar badge that marks the offline sandbox (white on purple). */
QString sandboxBadgeStyleSheet();

} // namespace vpnaas::ui
