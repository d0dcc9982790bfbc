// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace vpnaas {

/*!
 * An error body: Neutron's {"NeutronError": {type, message, detail}} or Keystone/WSGI's
 * {"error": {code, title, message}} (then type is the title).
 */
struct NeutronError {
    QString type;
    QString message;
    QString detail;

    bool isEmpty() const { return type.isEmpty() && message.isEmpty(); }
    bool operator==(const NeutronError &other) const = default;
};

} // namespace vpnaas
