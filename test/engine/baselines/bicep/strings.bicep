var plain = 'hello'
var empty = ''
var escapes = 'it\'s \\ \n \r \t \$ \u{41}\u{1F600} ${'$'}{not}'
var dollar = 'cost: $5 and ${1}'
var interpolated = 'pe-${name}-${toLower(location)}'
var nested = 'a${'b${c}d'}e'
var adjacent = '${a}${b}'
var objectInHole = '${{ a: 1 }.a}'
var keys = {
  '${prefix}-key': 1
  'quoted key': 2
}
var multi = '''
line one
  'quoted' ${not interpolated} \n
'''
var multiInline = '''a'b'''
var trailingQuotes = '''x''''
var unicode = 'café ☕ 𝄞'
