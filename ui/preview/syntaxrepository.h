// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace vpnaas::ui {

/*! The syntax definitions our previews use, by the name in their XML. */
enum class ConfigSyntax { IpsecConf, IpsecSecrets, SwanctlConf, Ini, Shell, CharonLog };

QString definitionName(ConfigSyntax syntax);

/*!
 * The process-wide KSyntaxHighlighting repository: KDE's built-in definitions plus ours from
 * Qt resources (":/vpnaas-syntax/syntax/", one XML file per definition). Loading it parses hundreds of definitions, so
 * it is created once, on first use, in the GUI thread.
 */
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace vpnaas::ui
