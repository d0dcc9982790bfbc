// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace vpnaas {

/*! Whether a draft is about to be POSTed (create) or PUT (update). */
enum class Operation { Create, Update };

} // namespace vpnaas
