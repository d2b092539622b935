#include "hosttokenkeychain.h"

#include <qt6keychain/keychain.h>

namespace vramscope {

namespace {

// Starts the job and answers from its outcome, once.
void run(QKeychain::Job *job, const QString &address, QObject *context,
         const HostTokenKeychain::Done &done)
{
    job->setAutoDelete(true);
    job->setKey(address);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        HostTokenKeychain::Result result;
        switch (finished->error()) {
        case QKeychain::NoError:
            result.ok = true;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.token = read->textData().toUtf8();
            break;
        case QKeychain::EntryNotFound:
            result.notFound = true;
            break;
        default:
            result.error = finished->errorString();
            break;
        }
        done(result);
    });
    job->start();
}

} // namespace

void HostTokenKeychain::read(const QString &address, QObject *context, Done done)
{
    run(new QKeychain::ReadPasswordJob(Service), address, context, done);
}

void HostTokenKeychain::store(const QString &address, const QByteArray &token, QObject *context,
                              Done done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    // As text, so that the keychain's own tools show it as it is.
    job->setTextData(QString::fromUtf8(token));
    run(job, address, context, done);
}

void HostTokenKeychain::remove(const QString &address, QObject *context, Done done)
{
    run(new QKeychain::DeletePasswordJob(Service), address, context, done);
}

} // namespace vramscope
