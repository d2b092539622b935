#pragma once

#include "modeldetails.h"

namespace vramscope {

// What POST /api/show tells about one model that the other endpoints do not.
struct ModelFacts
{
    QString architecture;  // model_info["general.architecture"]
    int blockCount = 0;    // model_info["<arch>.block_count"]; 0 when absent
    int contextLength = 0; // model_info["<arch>.context_length"]; 0 when absent
    // The hex digest of the blob the modelfile's FROM line names
    // (".../blobs/sha256-<hex>"): the --model a runner of this model loads.
    QString blobDigest;
    ModelDetails details;

    friend bool operator==(const ModelFacts &, const ModelFacts &) = default;
};

} // namespace vramscope
