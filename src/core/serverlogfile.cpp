#include "serverlogfile.h"

#include "serverlogparser.h"

#include <QCoreApplication>
#include <QFile>

namespace vramscope {

bool ServerLogFile::readInto(const QString &path, ServerLogParser &parser, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("vramscope::ServerLogFile", "%1: cannot open: %2")
                     .arg(path, file.errorString());
        return false;
    }
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 count = file.read(buffer.data(), buffer.size());
        if (count < 0) {
            *error = QCoreApplication::translate("vramscope::ServerLogFile", "%1: cannot read: %2")
                         .arg(path, file.errorString());
            return false;
        }
        if (count == 0)
            break;
        parser.addData(QByteArrayView(buffer.constData(), count));
    }
    parser.finish();
    return true;
}

} // namespace vramscope
