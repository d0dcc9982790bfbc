// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the clouds.yaml loader (models/openstack/cloudconfigloader.h). The input is
// the text of ./clouds.yaml; the loader reads it from a private directory like at start-up (no
// secure.yaml, no OS_* variables). Nothing may crash; what is not a cloud is reported, not lost.
// Seeds: tests/fuzz/seeds.py writes the clouds.yaml shapes the unit tests use.
#include "fuzzsupport.h"

#include "openstack/cloudconfigloader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace vpnaas;
using namespace vpnaas::openstack;

namespace {

QTemporaryDir *directory()
{
    static QTemporaryDir dir;
    return &dir;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    fuzz::fuzzCheck(directory()->isValid(), "a temporary directory");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = directory()->filePath(QStringLiteral("clouds.yaml"));
    {
        QFile file(path);
        fuzz::fuzzCheck(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "write clouds.yaml");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    CloudConfigLoader::Locations locations;
    locations.currentDir = directory()->path();
    locations.configHome = directory()->filePath(QStringLiteral("none"));
    locations.systemDir = directory()->filePath(QStringLiteral("none"));
    const CloudConfig config = CloudConfigLoader::load(QProcessEnvironment(), locations);
    (void)config;
    return 0;
}
