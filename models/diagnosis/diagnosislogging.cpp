// SPDX-License-Identifier: Apache-2.0
#include "diagnosislogging.h"

namespace vpnaas::diagnosis {
// Listener problems are logged at info level: on with QT_LOGGING_RULES="vpnaas.diagnosis.info=true".
Q_LOGGING_CATEGORY(lcDiagnosis, "vpnaas.diagnosis", QtWarningMsg)
} // namespace vpnaas::diagnosis
