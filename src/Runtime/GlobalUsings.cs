// The namespaces nearly every runtime file uses (the repository turns implicit usings off).
global using System;
global using System.Collections.Generic;
global using System.Threading;
global using System.Threading.Tasks;
