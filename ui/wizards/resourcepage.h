// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "draftpage.h"

#include "vpnaas/drafts.h"
#include "workspace/clicommands.h"
#include "workspace/workspace.h"

namespace vpnaas::ui {

/*!
 * The page of one resource type T: it builds T's whole draft from its fields (draft()), and
 * knows whether it creates or, after load(), edits. An edit sends what changed (changes() over
 * the resource's description), so a page never computes a diff itself. \a Base is DraftPage
 * or a DraftPage with fields shared by several types (PolicyPageBase). No Q_OBJECT: the
 * signals live in DraftPage, the concrete pages are the QObjects.
 */
template<VpnResource T, typename Base = DraftPage>
class ResourcePage : public Base
{
public:
    using Resource = T;
    using Base::Base;

    /*! Edit mode: shows \a resource; submit() then updates what changed. */
    void load(const T &resource)
    {
        m_original = resource;
        showResource(resource);
        this->setEditing(resource.id);
    }
    bool loadResource(const ServerState &state, const QString &id) override
    {
        const T *resource = state.find<T>(id);
        if (resource)
            load(*resource);
        return resource != nullptr;
    }
    const std::optional<T> &original() const { return m_original; }

    /*! Everything the page's fields say; in edit mode also what the user left as it was. */
    virtual DraftFor<T> draft() const = 0;
    /*! What submit() sends: the whole draft to create, only what changed to update. */
    DraftFor<T> request() const { return m_original ? changes(*m_original, draft()) : draft(); }

    bool hasChanges() const override { return m_original && !(request() == DraftFor<T>()); }
    openstack::Job *submit(Workspace *workspace) const override
    {
        if (m_original)
            return workspace->update<T>(m_original->id, request());
        return workspace->create<T>(request());
    }
    QStringList cliCommands(const ServerState &state, QStringList *notes) const override
    {
        if (m_original)
            return cli::updateCommands(*m_original, request(), state, notes);
        return cli::createCommands(draft(), state, notes);
    }

protected:
    bool showExisting(const QString &id) override
    {
        const T *resource = this->workspace() ? this->workspace()->state().template find<T>(id) : nullptr;
        if (resource)
            showResource(*resource);
        return resource != nullptr;
    }
    /*! Fills the fields from \a resource (load() says edit mode afterwards). */
    virtual void showResource(const T &resource) = 0;
    /*! The request's problems: what submit() would send, judged by the models' validation. */
    Problems validateRequest() const { return validate(request(), this->context()); }
    /*! A text field for the draft: an empty one is not sent on create (the server's default is
        empty); in an edit, emptying a field is a change like any other. */
    std::optional<QString> optionalText(const QString &text) const
    {
        return text.isEmpty() && !this->isEditing() ? std::nullopt : std::optional<QString>(text);
    }

private:
    std::optional<T> m_original;
};

} // namespace vpnaas::ui
