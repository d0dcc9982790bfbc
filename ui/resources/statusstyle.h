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

} // namespace vpnaas::ui
