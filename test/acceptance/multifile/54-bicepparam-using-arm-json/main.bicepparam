using './main.json'

param publicAccess = 'Disabled'
