// SPDX-License-Identifier: Apache-2.0
#include "syntaxrepository.h"

#include "resources.h"

#include <KSyntaxHighlighting/Repository>

using namespace Qt::StringLiterals;

namespace vpnaas::ui {

QString definitionName(ConfigSyntax syntax)
{
    switch (syntax) {
    case ConfigSyntax::IpsecConf:
        return u"strongSwan ipsec.conf"_s;
    case ConfigSyntax::IpsecSecrets:
        return u"strongSwan ipsec.secrets"_s;
    case ConfigSyntax::SwanctlConf:
        return u"strongSwan swanctl.conf"_s;
    case ConfigSyntax::Ini: // KDE's built-in definitions
        return u"INI Files"_s;
    case ConfigSyntax::Shell:
        return u"Bash"_s;
    case ConfigSyntax::CharonLog:
        return u"strongSwan charon log"_s;
    }
    return {};
}

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository *repository = [] {
        vpnaasInitResources();
        auto *repo = new KSyntaxHighlighting::Repository; // lives as long as the process
        repo->addCustomSearchPath(u":/vpnaas-syntax"_s);
        return repo;
    }();
    return *repository;
}

} // namespace vpnaas::ui
