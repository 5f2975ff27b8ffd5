#include "boundschema.h"

#include "db/registry.h"
#include "docker/dockerdevconfig.h"

namespace strata {

QString boundSchema(const DatabaseUrl &url)
{
    if (url.scheme() == DatabaseUrl::Scheme::Docker) {
        // Reading the URL starts nothing; the password only matters to a container.
        auto config = DockerDevConfig::fromUrl(url, QString());
        return config ? config->boundSchema() : QString();
    }
    return boundSchemaOf(url);
}

} // namespace strata
