// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace vpnaas::diagnosis {
Q_DECLARE_LOGGING_CATEGORY(lcDiagnosis)
}
