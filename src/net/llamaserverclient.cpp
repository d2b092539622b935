#include "llamaserverclient.h"

#include "runnercall.h"
#include "serveranswer.h"
#include "wireformat.h"

#include <algorithm>

namespace vramscope {

LlamaServerClient::LlamaServerClient(QNetworkAccessManager *manager, const Endpoint &endpoint,
                                     const RequestLimits &limits, QObject *parent)
    : QObject(parent), m_client(manager, endpoint, limits)
{
}

LlamaServerClient::~LlamaServerClient()
{
    delete m_call;
}

bool LlamaServerClient::isBusy() const
{
    return m_call != nullptr;
}

bool LlamaServerClient::refresh()
{
    if (isBusy())
        return false;
    m_round = {};
    send(Step::Health, QStringLiteral("/health"));
    return true;
}

void LlamaServerClient::send(Step step, const QString &path)
{
    m_step = step;
    m_call = m_client.start(RunnerRequest::get(path), this);
    connect(m_call, &RunnerCall::finished, this, &LlamaServerClient::onCallFinished);
}

void LlamaServerClient::onCallFinished()
{
    RunnerCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();

    RunnerResult failure;
    switch (m_step) {
    case Step::Health: {
        const std::optional<QByteArray> body = ServerAnswer::body(*call, {200, 503}, &failure);
        if (!body)
            return finish(failure);
        if (call->result().httpStatus == 503) {
            m_round.state = LlamaServerStatus::State::Loading;
            return finish({});
        }
        m_round.state = LlamaServerStatus::State::Ready;
        send(Step::Props, QStringLiteral("/props"));
        return;
    }
    case Step::Props: {
        const std::optional<QByteArray> body = ServerAnswer::body(*call, {200}, &failure);
        if (!body)
            return finish(failure);
        WireError error;
        m_round.props = WireFormat::readLlamaServerProps(*body, &error);
        if (!m_round.props)
            return finish(ServerAnswer::badBody(*call, error.toString()));
        send(Step::Slots, QStringLiteral("/slots"));
        return;
    }
    case Step::Slots: {
        const std::optional<QByteArray> body = ServerAnswer::body(*call, {200, 501}, &failure);
        if (!body)
            return finish(failure);
        if (call->result().httpStatus == 501) // started with --no-slots
            return finish({});
        WireError error;
        const std::optional<QList<LlamaServerSlot>> slotList =
            WireFormat::readLlamaServerSlots(*body, &error);
        if (!slotList)
            return finish(ServerAnswer::badBody(*call, error.toString()));
        m_round.slotStates = *slotList;
        if (std::any_of(slotList->cbegin(), slotList->cend(),
                        [](const LlamaServerSlot &slot) { return slot.processing; }))
            m_round.state = LlamaServerStatus::State::Busy;
        return finish({});
    }
    }
}

void LlamaServerClient::finish(const RunnerResult &result)
{
    m_result = result;
    if (result.message.isEmpty()) {
        m_result.state = SourceState::Ok;
        m_status = m_round;
    }
    emit finished();
}

} // namespace vramscope
