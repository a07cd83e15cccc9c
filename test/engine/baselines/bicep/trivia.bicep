// leading line comment
/* block
   comment */
#disable-next-line no-unused-params BCP081
param a string // trailing comment

#disable-diagnostics no-hardcoded-env-urls
var url = 'https://management.azure.com' /* inline */
#restore-diagnostics no-hardcoded-env-urls

var obj = {
  // comment inside an object
  #disable-next-line BCP037
  key: 'value'
}
