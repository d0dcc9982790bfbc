// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "openstack/cloudprofile.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace vpnaas::monitoring {
class CounterSource;
}

namespace vpnaas {

/*!
 * A cloud that lives inside the console (the sandbox): what the window and the monitoring need
 * of it, without knowing how it is made. The workspace connects to cloudProfile() through
 * networkAccessManager() (owned by the offline cloud) as a simulated cloud; reset() puts it back
 * to its example scenario; createCounterSource() makes a source of its (simulated) SA counters,
 * owned by the caller. An offline cloud that could not be opened says why in unavailableReason()
 * and must not be connected to.
 */
class OfflineCloud : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~OfflineCloud() override = default;

    virtual bool isAvailable() const = 0;
    /*! Why the offline cloud cannot be used (empty while it is available). */
    virtual QString unavailableReason() const = 0;

    virtual openstack::CloudProfile cloudProfile() const = 0;
    virtual QNetworkAccessManager *networkAccessManager() const = 0;
    /*! Back to the example scenario; false with a message on failure. */
    virtual bool reset(QString *error) = 0;
    virtual std::unique_ptr<monitoring::CounterSource> createCounterSource() = 0;

Q_SIGNALS:
    /*! A resource's status changed on its own (the simulated agent settled it). */
    void statusChanged();
};

} // namespace vpnaas
