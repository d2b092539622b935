#include "wireerror.h"

#include <QCoreApplication>

namespace vramscope {

QString WireError::toString() const
{
    if (path.isEmpty())
        return message;
    //: A field path such as "[2].total_memory", then what is wrong with it.
    return QCoreApplication::translate("vramscope::WireError", "%1: %2").arg(path, message);
}

} // namespace vramscope
