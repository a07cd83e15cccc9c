@export()
var zoneNames = {
  blob: 'privatelink.blob.core.windows.net'
  file: 'privatelink.files.core.windows.net'
}
