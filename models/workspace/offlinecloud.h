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
 * of it, without knowing how it is made. Whoever connects to it calls open() first: that is its
 * first use, when its store may come into being. The workspace then connects to cloudProfile()
 * through networkAccessManager() (owned by the offline cloud) as a simulated cloud; reset() puts
 * it back to its example scenario; createCounterSource() makes a source of its (simulated) SA
 * counters, owned by the caller. An offline cloud that could not be opened says why and must not
 * be connected to.
 */
class OfflineCloud : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~OfflineCloud() override = default;

    /*!
     * Makes the offline cloud ready to connect to (creating its store on the first call); the
     * later calls only repeat the first one's answer. False with the reason in \a error.
     */
    virtual bool open(QString *error) = 0;
    /*! Whether open() succeeded; only asks, opens nothing. */
    virtual bool isAvailable() const = 0;
    /*! Why open() failed (empty while the offline cloud is available or not opened yet). */
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
