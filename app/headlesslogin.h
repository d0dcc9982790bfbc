// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/cloudprofile.h"

#include <optional>

/*!
 * The secret a profile lacks, for a command without a window (`render`), the way `openstack`
 * finds it: the profile's own (clouds.yaml, secure.yaml, OS_*); else OS_PASSWORD (or
 * OS_APPLICATION_CREDENTIAL_SECRET) for a named cloud too; else the system keyring when a
 * session bus exists (what the window stored with "Remember in the system keyring"); else a
 * prompt on the terminal with echo off, only when stdin is a terminal (like Python's getpass).
 * Never a window, never a prompt without a terminal: then it fails with a message that names
 * what to set (OS_PASSWORD or OS_APPLICATION_CREDENTIAL_SECRET, or the key in secure.yaml).
 * Blocks (a local event loop) while the keyring answers, at most \a keyringTimeoutMs.
 */
std::optional<vpnaas::openstack::CloudProfile> resolveSecretHeadless(const vpnaas::openstack::CloudProfile &profile,
                                                                     QString *error, int keyringTimeoutMs = 30000);
