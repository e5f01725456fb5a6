#pragma once
#include <nettle/md5.h>
