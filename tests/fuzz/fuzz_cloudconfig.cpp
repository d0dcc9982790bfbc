// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the clouds.yaml loader (models/openstack/cloudconfigloader.h). The input is
// the text of a clouds.yaml, read by CloudConfigLoader::fromText(), the parsing and profile
// building load() does for each file (YAML limits, clouds, auth, regions), without the file
// system or the environment. Nothing may crash, and the YAML limits keep every input cheap.
// Seeds: tests/fuzz/seeds.py writes the clouds.yaml shapes the unit tests use.
#include "fuzzsupport.h"

#include "openstack/cloudconfigloader.h"

using namespace vpnaas;
using namespace vpnaas::openstack;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CloudConfig config = CloudConfigLoader::fromText(fuzz::bytes(data, size), QStringLiteral("clouds.yaml"));
    (void)config;
    return 0;
}
