#!/usr/bin/env bash
# Draws images/icon.png (128×128, the Marketplace icon) with ImageMagick (Debian: apt-get install imagemagick):
# two interlocked chain links on an Azure-blue tile.
# The PNG is committed; run this only to change the design.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p images
convert -size 128x128 xc:none \
  -fill '#0a5ea8' -draw 'roundrectangle 4,4 123,123 24,24' \
  -fill '#1584d8' -draw 'roundrectangle 4,4 123,110 24,24' \
  -fill none -stroke '#bfe3ff' -strokewidth 10 \
  -draw 'roundrectangle 54,46 108,82 18,18' \
  -stroke white \
  -draw 'roundrectangle 20,46 74,82 18,18' \
  -stroke '#bfe3ff' \
  -draw 'arc 54,46 90,82 90,180' \
  -depth 8 -strip -define png:exclude-chunks=date,time images/icon.png
identify images/icon.png
