#include "types.h"

QStringList AdminProfile::groupIds() const
{
    QStringList ids;
    for (const AdminRole &role : roles) {
        if (!role.groupId.isEmpty() && !ids.contains(role.groupId))
            ids << role.groupId;
    }
    return ids;
}
