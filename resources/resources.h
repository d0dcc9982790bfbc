// SPDX-License-Identifier: Apache-2.0
#pragma once

/*!
 * Registers the Qt resources of resources/ (syntax definitions, examples). They live in a static
 * library, whose resource initialisers the linker may drop; calling this keeps them. Idempotent.
 */
void vpnaasInitResources();
