// Admission of log-ins (issue 9, item 3): at most as many log-ins are in progress as the password checks can run
// and queue (ContrasenasService's turns); any other is turned away with 503 and Retry-After as it arrives, before
// its body is validated or a limit counted. A burst of hundreds of log-ins then costs the event loop a fraction of
// a millisecond per refusal, and a bank payment sent meanwhile is not kept waiting behind their processing.
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { finalize, type Observable } from 'rxjs';
import { ContrasenasService, VerificacionesSaturadas } from '@tesoreria/acceso';

@Injectable()
export class AdmisionDeSesiones implements NestInterceptor {
  private enCurso = 0;

  constructor(private readonly contrasenas: ContrasenasService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (this.enCurso >= this.contrasenas.capacidad) {
      void context.switchToHttp().getResponse<FastifyReply>().header('retry-after', '1');
      throw new VerificacionesSaturadas();
    }
    this.enCurso++;
    return next.handle().pipe(finalize(() => this.enCurso--));
  }
}
